package org.parceldesk.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON parser of request bodies refuses, with the field named, what the application's own
 * mapper would accept: a key twice in one object, number literals longer than
 * {@code parceldesk.input.max-number-length}, decimals with absurd exponents (1e10000000 would
 * become ten million digits on the first {@code setScale}), implausible dates, control and bidi
 * characters in text, fractions for whole numbers and anything after the JSON value. Only the HTTP
 * converter gets these rules: stored JSON the application reads back is its own.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration implements WebMvcConfigurer {

    private final InputLimits limits;
    private final int maxPageSize;

    JsonInputConfiguration(InputLimits limits,
            @org.springframework.beans.factory.annotation.Value("${spring.data.web.pageable.max-page-size:2000}") int maxPageSize) {
        this.limits = limits;
        this.maxPageSize = maxPageSize;
    }

    /**
     * Spring Data silently turns {@code page=-1} into 0 and {@code size=1e10} into the default; a client
     * that sends them has a bug it should hear about: 400 naming the parameter. Every parameter also
     * follows the text rule ({@link TextInput}).
     */
    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler) {
                checkPaging(request.getParameter("page"), "page", 0, 1_000_000);
                checkPaging(request.getParameter("size"), "size", 1, maxPageSize);
                // every parameter, whatever it is bound to: an enum converter trims "\0" to nothing and ignores it
                request.getParameterMap().forEach((name, values) -> {
                    for (String value : values) {
                        String refusal = TextInput.refusal(value);
                        if (refusal != null) {
                            throw ApiProblem.invalid(name, refusal);
                        }
                    }
                });
                return true;
            }
        }).addPathPatterns("/api/**", "/portal/**", "/console/**");
    }

    private static void checkPaging(String value, String name, int min, int max) {
        if (value == null) {
            return;
        }
        if (!value.matches("\\d{1,7}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw ApiProblem.invalid(name, Messages.forReader("problem.field.whole-number", min, max));
        }
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(harden(json.getObjectMapper()));
            }
        }
    }

    ObjectMapper harden(ObjectMapper mapper) {
        ObjectMapper hardened = mapper.copy();
        hardened.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(limits.properties().maxNumberLength())
                .build());
        hardened.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        hardened.getFactory().disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
        hardened.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        hardened.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        SimpleModule guards = new SimpleModule("parceldesk-input-limits");
        guards.addDeserializer(String.class, new Guarded<>(String.class, StringDeserializer.instance, limits::textRefusal));
        guards.addDeserializer(BigDecimal.class, new Guarded<>(BigDecimal.class,
                NumberDeserializers.BigDecimalDeserializer.instance, limits::decimalRefusal));
        guards.addDeserializer(Instant.class, new Guarded<>(Instant.class, InstantDeserializer.INSTANT, limits::dateRefusal));
        guards.addDeserializer(OffsetDateTime.class, new Guarded<>(OffsetDateTime.class,
                InstantDeserializer.OFFSET_DATE_TIME, value -> limits.dateRefusal(value.toInstant())));
        guards.addDeserializer(LocalDate.class, new Guarded<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                limits::dateRefusal));
        hardened.registerModule(guards);
        return hardened;
    }

    /** Reads a value with Jackson's own deserializer, then refuses it when the check names a reason. */
    static final class Guarded<T> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends T> delegate;
        private final Function<T, String> check;

        Guarded(Class<T> type, JsonDeserializer<? extends T> delegate, Function<T, String> check) {
            super(type);
            this.delegate = delegate;
            this.check = check;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            String refusal = value == null ? null : check.apply(value);
            if (refusal != null) {
                throw new RefusedInputException(parser, refusal);
            }
            return value;
        }
    }
}
