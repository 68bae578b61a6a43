package org.parceldesk.violation;

/** A registered case number, and whether it is an existing case that the report repeated. */
record Registration(String caseNo, boolean duplicate) {
}
