package org.parceldesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The calendar's one revision row (table {@code calendar_revision}). Every change locks it and adds
 * one, so that changes on two nodes take turns and every node's cache sees that it is stale.
 */
@Entity
@Table(name = "calendar_revision")
class CalendarRevision {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "revision", nullable = false)
    private long revision;

    protected CalendarRevision() {
    }

    long getRevision() {
        return revision;
    }

    void increment() {
        revision++;
    }
}
