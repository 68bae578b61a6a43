package org.parceldesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. Machines and the Modeler use {@code /api/**} and {@code /engine-rest/**} with HTTP
 * Basic, statelessly, and get problem JSON for 401/403. People use form login for the staff pages.
 * Camunda's own webapps under {@code /camunda} log in against the same identity service themselves.
 * Only the customer portal and {@code /api/public/**} are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ADMIN = StaffGroup.ADMIN.id();
    static final String DESIGNER = StaffGroup.PROCESS_DESIGNER.id();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, IdentityService identityService,
            org.parceldesk.common.Messages messages) throws Exception {
        ProblemSecurityHandler problems = new ProblemSecurityHandler(json, messages);
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/api/public/**")).permitAll()
                        .requestMatchers(deploy("/engine-rest/deployment/create"),
                                deploy("/engine-rest/engine/{engine}/deployment/create")).hasAnyAuthority(DESIGNER, ADMIN)
                        .requestMatchers(path("/api/v1/admin/migrations/**")).hasAnyAuthority(DESIGNER, ADMIN)
                        .requestMatchers(path("/api/v1/imports/**"), path("/api/v1/admin/**")).hasAuthority(ADMIN)
                        .anyRequest().authenticated())
                .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffSecurity(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/portal/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/login").permitAll()
                        // Camunda's webapps authenticate against the identity service on their own.
                        .requestMatchers(path("/camunda/**")).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(ADMIN)
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        return http.build();
    }

    private static RequestMatcher deploy(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
    }

    /** Path patterns, not MVC matchers: engine REST and the Camunda webapps are servlets of their own. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
