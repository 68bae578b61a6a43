package org.parceldesk.sla;

/** What the holiday calendar says about one date. */
public enum DayType {

    /** 法定节假日: a day off, even when it falls on a weekday. */
    PUBLIC_HOLIDAY,

    /** 调休上班: a working day, even when it falls on a Saturday or Sunday. */
    MAKE_UP_WORKING_DAY,

    /** No exception: Monday to Friday are working days, Saturday and Sunday are not. */
    NORMAL
}
