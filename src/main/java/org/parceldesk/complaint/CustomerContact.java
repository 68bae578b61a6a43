package org.parceldesk.complaint;

/** Who complained and how to reach them: personal data, kept in the complaint table only. */
record CustomerContact(String name, String phone, String email) {
}
