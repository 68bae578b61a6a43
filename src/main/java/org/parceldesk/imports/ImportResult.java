package org.parceldesk.imports;

/** What an accepted import did: the kind of rows and how many were inserted or updated. */
record ImportResult(String kind, int imported) {
}
