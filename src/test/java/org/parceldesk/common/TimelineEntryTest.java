package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared timeline line: its length rules (decision 0018). */
class TimelineEntryTest {

    enum Kind { REGISTERED, A_TYPE_NAME_THAT_IS_FAR_TOO_LONG_FOR_THE_COLUMN_OF_FORTY }

    static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void keepsTypeTimeActorAndDetail() {
        TimelineEntry entry = new TimelineEntry(Kind.REGISTERED, AT, "alice", "PORTAL");
        assertThat(entry.getType()).isEqualTo("REGISTERED");
        assertThat(entry.type(Kind.class)).isEqualTo(Kind.REGISTERED);
        assertThat(entry.getOccurredAt()).isEqualTo(AT);
        assertThat(entry.getActor()).isEqualTo("alice");
        assertThat(entry.getDetail()).isEqualTo("PORTAL");
        assertThat(new TimelineEntry(Kind.REGISTERED, AT, null, null).getDetail()).isNull();
    }

    @Test
    void aLongDetailIsCutWithAnEllipsisNeverRefused() {
        String exact = "长".repeat(TimelineEntry.DETAIL_LENGTH);
        assertThat(new TimelineEntry(Kind.REGISTERED, AT, "a", exact).getDetail()).isEqualTo(exact);

        String detail = new TimelineEntry(Kind.REGISTERED, AT, "a", "长".repeat(5000)).getDetail();
        assertThat(detail).hasSize(TimelineEntry.DETAIL_LENGTH).endsWith("…");
        assertThat(detail.substring(0, TimelineEntry.DETAIL_LENGTH - 1)).isEqualTo("长".repeat(TimelineEntry.DETAIL_LENGTH - 1));
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String emoji = "😀"; // two chars
        String detail = TimelineEntry.cut("a".repeat(TimelineEntry.DETAIL_LENGTH - 2) + emoji + "tail");
        assertThat(detail).endsWith("…").doesNotContain("\ud83d…");
        assertThat(detail.length()).isLessThanOrEqualTo(TimelineEntry.DETAIL_LENGTH);
    }

    @Test
    void typesLongerThanTheColumnAreADefect() {
        assertThatThrownBy(() -> new TimelineEntry(Kind.A_TYPE_NAME_THAT_IS_FAR_TOO_LONG_FOR_THE_COLUMN_OF_FORTY, AT, "a", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimelineEntry(Kind.REGISTERED, AT, "u".repeat(100), "x").getActor()).hasSize(TimelineEntry.ACTOR_LENGTH);
    }
}
