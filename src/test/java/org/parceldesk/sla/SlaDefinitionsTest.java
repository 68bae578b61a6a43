package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** Binds {@code parceldesk.sla} the way Spring Boot does: the shipped file, defaults and mistakes. */
class SlaDefinitionsTest {

    private static SlaDefinitions shipped() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("parceldesk.sla", SlaDefinitions.class);
    }

    private static SlaDefinitions bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("parceldesk.sla", SlaDefinitions.class);
    }

    /** A valid configuration of two SLAs, to be spoiled one key at a time. */
    private static Map<String, String> twoSlas() {
        Map<String, String> properties = new HashMap<>();
        properties.put("parceldesk.sla.definitions.first.mode", "CALENDAR");
        properties.put("parceldesk.sla.definitions.first.duration", "24h");
        properties.put("parceldesk.sla.definitions.second.mode", "BUSINESS");
        properties.put("parceldesk.sla.definitions.second.duration", "2h");
        properties.put("parceldesk.sla.definitions.second.warning-fraction", "0.5");
        properties.put("parceldesk.sla.definitions.second.notify-breach[0]", "complaint-supervisor");
        properties.put("parceldesk.sla.definitions.second.notify-breach[1]", "admin");
        return properties;
    }

    @Test
    void everySlaOfTheDomainIsConfiguredWithItsModeAndDuration() throws IOException {
        SlaDefinitions definitions = shipped();

        Map<String, String> expected = Map.ofEntries(
                Map.entry("complaint-first-contact", "CALENDAR PT24H"),
                Map.entry("complaint-first-contact-regulator", "BUSINESS PT2H"),
                Map.entry("complaint-resolution", "CALENDAR PT168H"),
                Map.entry("complaint-internal-target", "CALENDAR PT72H"),
                Map.entry("complaint-regulator-report", "CALENDAR PT120H"),
                Map.entry("complaint-station-investigation", "CALENDAR PT48H"),
                Map.entry("complaint-satisfaction-survey", "CALENDAR PT72H"),
                Map.entry("complaint-customer-wait", "CALENDAR PT168H"),
                Map.entry("claim-evidence-reminder", "CALENDAR PT72H"),
                Map.entry("claim-evidence-abandon", "CALENDAR PT720H"),
                Map.entry("claim-offer-reminder", "CALENDAR PT72H"),
                Map.entry("claim-offer-expiry", "CALENDAR PT336H"),
                Map.entry("claim-settlement", "CALENDAR PT720H"),
                Map.entry("violation-statement", "CALENDAR PT72H"),
                Map.entry("violation-appeal-window", "CALENDAR PT168H"),
                // due dates of the remaining human tasks
                Map.entry("complaint-escalation", "CALENDAR PT24H"),
                Map.entry("complaint-supervisor-review", "CALENDAR PT48H"),
                Map.entry("complaint-regulator-outcome-report", "CALENDAR PT24H"),
                Map.entry("claim-assessment", "CALENDAR PT120H"),
                Map.entry("claim-approval", "CALENDAR PT48H"),
                Map.entry("claim-manager-approval", "CALENDAR PT48H"),
                Map.entry("claim-dispute-review", "CALENDAR PT72H"),
                Map.entry("claim-recovery", "CALENDAR PT720H"),
                Map.entry("violation-review", "CALENDAR PT120H"),
                Map.entry("violation-station-approval", "CALENDAR PT72H"),
                Map.entry("violation-supervisor-approval", "CALENDAR PT72H"),
                Map.entry("violation-appeal-review", "CALENDAR PT120H"),
                Map.entry("violation-suspension-review", "CALENDAR PT120H"));
        Map<String, String> actual = new HashMap<>();
        definitions.definitions().forEach((name, d) -> actual.put(name, d.mode() + " " + d.duration()));

        assertThat(actual).isEqualTo(expected);
        assertThat(definitions.definitions().values())
                .allSatisfy(d -> assertThat(d.warningFraction()).isEqualTo(SlaDefinitions.DEFAULT_WARNING_FRACTION));
    }

    @Test
    void breachesOfTheComplaintSlasGoToTheSupervisor() throws IOException {
        SlaDefinitions definitions = shipped();

        assertThat(definitions.definition("complaint-resolution").recipients(SlaLevel.BREACH))
                .containsExactly("complaint-supervisor");
        assertThat(definitions.definition("complaint-resolution").recipients(SlaLevel.WARNING))
                .containsExactly("complaint-handler");
        assertThat(definitions.definition("complaint-customer-wait").recipients(SlaLevel.BREACH)).isEmpty();
        assertThat(definitions.label("complaint-resolution")).isEqualTo("投诉处理时限 Complaint resolution");
    }

    @Test
    void shippedPeakSeasonsExtendInternalTargetsOnlyNeverTheCustomersSevenDays() throws IOException {
        SlaDefinitions definitions = shipped();
        LocalDate singlesDay = LocalDate.of(2026, 11, 11);

        assertThat(definitions.peakSeasonFor("complaint-internal-target", singlesDay))
                .hasValueSatisfying(season -> assertThat(season.extension()).isEqualTo(Duration.ofDays(1)));
        assertThat(definitions.peakSeasonFor("complaint-resolution", singlesDay)).isEmpty();
        assertThat(definitions.peakSeasons()).allSatisfy(season -> assertThat(season.appliesTo())
                .doesNotContain("complaint-resolution", "complaint-first-contact", "complaint-first-contact-regulator"));
    }

    @Test
    void omittedValuesGetTheirDefaults() {
        SlaDefinitions definitions = bind(twoSlas());

        SlaDefinitions.Definition first = definitions.definition("first");
        assertThat(first.warningFraction()).isEqualTo(0.75);
        assertThat(first.notifyWarning()).isEmpty();
        assertThat(first.notifyBreach()).isEmpty();
        assertThat(definitions.label("first")).as("no label: the name").isEqualTo("first");
        assertThat(definitions.definition("second").warningFraction()).isEqualTo(0.5);
        assertThat(definitions.definition("second").recipients(SlaLevel.BREACH))
                .containsExactly("complaint-supervisor", "admin");
        assertThat(definitions.peakSeasons()).isEmpty();
    }

    @Test
    void anUnknownNameIsRefusedWithTheNameAndTheKnownOnes() {
        SlaDefinitions definitions = bind(twoSlas());

        assertThatThrownBy(() -> definitions.definition("frist"))
                .isInstanceOf(UnknownSlaException.class)
                .hasMessageContaining("'frist'")
                .hasMessageContaining("parceldesk.sla.definitions")
                .hasMessageContaining("first, second");
        assertThatThrownBy(() -> definitions.definition(null)).isInstanceOf(UnknownSlaException.class);
    }

    @Test
    void aDefinitionWithoutModeOrDurationIsRefusedWithItsKey() {
        Map<String, String> noMode = twoSlas();
        noMode.remove("parceldesk.sla.definitions.first.mode");
        Map<String, String> noDuration = twoSlas();
        noDuration.remove("parceldesk.sla.definitions.second.duration");
        Map<String, String> zeroDuration = twoSlas();
        zeroDuration.put("parceldesk.sla.definitions.second.duration", "0s");

        assertThatThrownBy(() -> bind(noMode)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("parceldesk.sla.definitions.first.mode is missing");
        assertThatThrownBy(() -> bind(noDuration)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("parceldesk.sla.definitions.second.duration");
        assertThatThrownBy(() -> bind(zeroDuration)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("must be a positive duration");
    }

    @Test
    void aWarningFractionOutsideZeroToOneIsRefused() {
        for (String fraction : List.of("0", "1.5", "-0.25")) {
            Map<String, String> properties = twoSlas();
            properties.put("parceldesk.sla.definitions.first.warning-fraction", fraction);

            assertThatThrownBy(() -> bind(properties)).as(fraction).isInstanceOf(BindException.class)
                    .rootCause().hasMessageContaining("parceldesk.sla.definitions.first.warning-fraction");
        }
    }

    @Test
    void aPeakSeasonAppliesFromItsFirstToItsLastDayToTheListedSlasOnly() {
        Map<String, String> properties = twoSlas();
        properties.putAll(season(0, "双11", "2026-11-10", "2026-11-20", "first"));

        SlaDefinitions definitions = bind(properties);

        assertThat(definitions.peakSeasonFor("first", LocalDate.of(2026, 11, 9))).isEmpty();
        assertThat(definitions.peakSeasonFor("first", LocalDate.of(2026, 11, 10))).isPresent();
        assertThat(definitions.peakSeasonFor("first", LocalDate.of(2026, 11, 20))).isPresent();
        assertThat(definitions.peakSeasonFor("first", LocalDate.of(2026, 11, 21))).isEmpty();
        assertThat(definitions.peakSeasonFor("second", LocalDate.of(2026, 11, 11))).isEmpty();
        assertThat(definitions.peakSeasonFor("first", LocalDate.of(2026, 11, 11)))
                .hasValueSatisfying(season -> {
                    assertThat(season.name()).isEqualTo("双11");
                    assertThat(season.extension()).isEqualTo(Duration.ofDays(1));
                });
    }

    @Test
    void aPeakSeasonNamingAnUnknownSlaIsRefused() {
        Map<String, String> properties = twoSlas();
        properties.putAll(season(0, "双11", "2026-11-10", "2026-11-20", "frist"));

        assertThatThrownBy(() -> bind(properties)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("parceldesk.sla.peak-seasons[0].applies-to")
                .hasMessageContaining("'frist'");
    }

    @Test
    void aPeakSeasonEndingBeforeItStartsIsRefused() {
        Map<String, String> properties = twoSlas();
        properties.putAll(season(0, "双11", "2026-11-20", "2026-11-10", "first"));

        assertThatThrownBy(() -> bind(properties)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("parceldesk.sla.peak-seasons[0].to");
    }

    @Test
    void overlappingPeakSeasonsForTheSameSlaAreRefused() {
        Map<String, String> properties = twoSlas();
        properties.putAll(season(0, "双11", "2026-11-10", "2026-11-20", "first"));
        properties.putAll(season(1, "双12", "2026-11-20", "2026-12-12", "first"));

        assertThatThrownBy(() -> bind(properties)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("'双12' overlaps '双11' for SLA 'first'");

        Map<String, String> otherSla = twoSlas();
        otherSla.putAll(season(0, "双11", "2026-11-10", "2026-11-20", "first"));
        otherSla.putAll(season(1, "双11 second", "2026-11-10", "2026-11-20", "second"));
        assertThat(bind(otherSla).peakSeasons()).hasSize(2);
    }

    private static Map<String, String> season(int index, String name, String from, String to, String sla) {
        String key = "parceldesk.sla.peak-seasons[" + index + "].";
        return Map.of(key + "name", name, key + "from", from, key + "to", to, key + "extension", "1d",
                key + "applies-to[0]", sla);
    }
}
