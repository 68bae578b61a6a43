package org.parceldesk.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what any client may send (docs/api.md, "Limits"). They are checked where input enters —
 * the JSON parser, form binding, CSV import, engine REST — before anything is calculated or written.
 *
 * @param moneyMax        the largest amount of money (yuan) any field accepts; amounts also have at most 2 decimals
 * @param maxNumberLength the longest number literal the JSON parser reads (digits, sign, exponent)
 * @param maxDecimalScale the most decimal places a non-money decimal (a speed, a ratio) may have
 * @param maxIntegerDigits the most digits before the decimal point any decimal may have
 * @param earliestDate    the earliest plausible date of anything a client sends (shipping, an alarm, a promise)
 * @param maxAhead        how far after now a client's date may lie (a promised delivery may be in the future)
 * @param engineRest      limits for request bodies of the engine REST API
 */
@ConfigurationProperties(prefix = "parceldesk.input")
public record InputProperties(
        @DefaultValue("1000000.00") BigDecimal moneyMax,
        @DefaultValue("64") int maxNumberLength,
        @DefaultValue("6") int maxDecimalScale,
        @DefaultValue("15") int maxIntegerDigits,
        @DefaultValue("2000-01-01") LocalDate earliestDate,
        @DefaultValue("730d") Duration maxAhead,
        @DefaultValue EngineRest engineRest) {

    public InputProperties {
        if (moneyMax.signum() <= 0) {
            throw new IllegalArgumentException("parceldesk.input.money-max must be positive, was " + moneyMax);
        }
        if (maxNumberLength < 20) {
            throw new IllegalArgumentException("parceldesk.input.max-number-length must be at least 20");
        }
    }

    /**
     * @param maxBody   the largest JSON body engine REST accepts (deployments are multipart and not limited here)
     * @param maxNumber the largest absolute value of any number in an engine REST JSON body
     * @param maxTextLength the longest string in an engine REST JSON body (the engine stores text in varchar(4000))
     */
    public record EngineRest(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("1e15") BigDecimal maxNumber,
            @DefaultValue("4000") int maxTextLength) {
    }
}
