package org.parceldesk.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every SLA of the product, bound from {@code parceldesk.sla.*} in {@code application.yaml}; no SLA is
 * defined in code. A mistake in the file (missing mode or duration, a warning fraction outside
 * (0, 1], a peak season naming an unknown SLA or overlapping another for the same SLA) stops the
 * application at start-up with the key at fault.
 *
 * @param definitions SLA name (as process models use it) → definition
 * @param peakSeasons windows (双11, 618) in which newly started clocks of some SLAs get extra time
 */
@ConfigurationProperties(prefix = "parceldesk.sla")
public record SlaDefinitions(Map<String, Definition> definitions, List<PeakSeason> peakSeasons) {

    public static final double DEFAULT_WARNING_FRACTION = 0.75;
    private static final String PREFIX = "parceldesk.sla.";

    public SlaDefinitions {
        SortedMap<String, Definition> sorted = new TreeMap<>(definitions == null ? Map.of() : definitions);
        sorted.forEach(SlaDefinitions::validate);
        definitions = Collections.unmodifiableSortedMap(sorted);
        peakSeasons = peakSeasons == null ? List.of() : List.copyOf(peakSeasons);
        validate(peakSeasons, definitions);
    }

    /**
     * The definition of an SLA.
     *
     * @throws UnknownSlaException if no SLA of that name is configured
     */
    public Definition definition(String slaName) {
        Definition definition = slaName == null ? null : definitions.get(slaName);
        if (definition == null) {
            throw new UnknownSlaException(slaName, definitions.keySet());
        }
        return definition;
    }

    /** How people read an SLA in messages: its configured label, else its name. */
    public String label(String slaName) {
        String label = definition(slaName).label();
        return label == null || label.isBlank() ? slaName : label;
    }

    /**
     * The peak season that extends a clock of {@code slaName} started on {@code startDay} (a local
     * date in the calendar's zone), if any. Only the start day counts: a clock started before a window
     * keeps its terms even if it runs into the window, so that what was promised does not change.
     */
    public Optional<PeakSeason> peakSeasonFor(String slaName, LocalDate startDay) {
        return peakSeasons.stream()
                .filter(season -> season.appliesTo().contains(slaName) && season.includes(startDay))
                .findFirst();
    }

    /**
     * One SLA.
     *
     * @param mode            CALENDAR (every hour counts) or BUSINESS (working hours of the business calendar)
     * @param duration        how long the SLA runs, counted in {@code mode} (e.g. {@code 24h}, {@code 7d})
     * @param warningFraction share of the duration after which the warning fires, in (0, 1]
     * @param notifyWarning   Camunda group ids told when the warning fires, or {@code @station}: the case's
     *                        station manager
     * @param notifyBreach    Camunda group ids told when the SLA is breached
     * @param label           how people read the SLA in messages ("投诉处理时限 Complaint resolution");
     *                        the name when not set
     */
    public record Definition(SlaMode mode, Duration duration,
                             @DefaultValue("0.75") double warningFraction,
                             List<String> notifyWarning, List<String> notifyBreach, String label) {

        public Definition {
            notifyWarning = notifyWarning == null ? List.of() : List.copyOf(notifyWarning);
            notifyBreach = notifyBreach == null ? List.of() : List.copyOf(notifyBreach);
        }

        /** The groups to tell about an event of {@code level}. */
        public List<String> recipients(SlaLevel level) {
            return level == SlaLevel.WARNING ? notifyWarning : notifyBreach;
        }
    }

    /**
     * A peak-season window. Clocks of the listed SLAs started on a day from {@code from} to
     * {@code to} (inclusive, local dates) run {@code extension} longer.
     */
    public record PeakSeason(String name, LocalDate from, LocalDate to, Duration extension, List<String> appliesTo) {

        public PeakSeason {
            appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        }

        public boolean includes(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        boolean overlaps(PeakSeason other) {
            return !other.to.isBefore(from) && !other.from.isAfter(to);
        }
    }

    private static void validate(String name, Definition definition) {
        String key = PREFIX + "definitions." + name;
        if (definition.mode() == null) {
            throw invalid(key + ".mode", "is missing; say CALENDAR or BUSINESS");
        }
        if (definition.duration() == null || definition.duration().isNegative() || definition.duration().isZero()) {
            throw invalid(key + ".duration", "must be a positive duration such as 24h or 7d, found "
                    + definition.duration());
        }
        double fraction = definition.warningFraction();
        if (!(fraction > 0 && fraction <= 1)) {
            throw invalid(key + ".warning-fraction", "must be above 0 and at most 1, found " + fraction);
        }
        requireGroupIds(definition.notifyWarning(), key + ".notify-warning");
        requireGroupIds(definition.notifyBreach(), key + ".notify-breach");
    }

    private static void requireGroupIds(List<String> groups, String key) {
        for (String group : groups) {
            if (group == null || group.isBlank()) {
                throw invalid(key, "lists an empty group id");
            }
            if (group.startsWith("@") && !SlaCaseContacts.ROLES.contains(group)) {
                throw invalid(key, "names unknown role '" + group + "' (known: " + SlaCaseContacts.ROLES + ")");
            }
        }
    }

    private static void validate(List<PeakSeason> seasons, Map<String, Definition> definitions) {
        List<PeakSeason> checked = new ArrayList<>();
        for (int i = 0; i < seasons.size(); i++) {
            PeakSeason season = seasons.get(i);
            String key = PREFIX + "peak-seasons[" + i + "]";
            if (season.name() == null || season.name().isBlank()) {
                throw invalid(key + ".name", "is missing");
            }
            if (season.from() == null || season.to() == null) {
                throw invalid(key, "'" + season.name() + "' needs both from and to (dates such as 2026-11-10)");
            }
            if (season.to().isBefore(season.from())) {
                throw invalid(key + ".to", season.to() + " is before from " + season.from());
            }
            if (season.extension() == null || season.extension().isNegative() || season.extension().isZero()) {
                throw invalid(key + ".extension", "must be a positive duration such as 1d, found " + season.extension());
            }
            if (season.appliesTo().isEmpty()) {
                throw invalid(key + ".applies-to", "must list the SLAs that '" + season.name() + "' extends");
            }
            for (String sla : season.appliesTo()) {
                if (!definitions.containsKey(sla)) {
                    throw invalid(key + ".applies-to", "names unknown SLA '" + sla + "' (defined: "
                            + String.join(", ", definitions.keySet()) + ")");
                }
                for (PeakSeason earlier : checked) {
                    if (earlier.appliesTo().contains(sla) && earlier.overlaps(season)) {
                        throw invalid(key, "'" + season.name() + "' overlaps '" + earlier.name() + "' for SLA '"
                                + sla + "'; a clock can have one extension only");
                    }
                }
            }
            checked.add(season);
        }
    }

    private static IllegalStateException invalid(String key, String problem) {
        return new IllegalStateException(key + " " + problem);
    }
}
