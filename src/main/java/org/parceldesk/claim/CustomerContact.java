package org.parceldesk.claim;

/**
 * Who to pay and tell. Personal data: it stays in the claim row, never in process variables; shown
 * masked with {@link org.parceldesk.common.PersonalData}.
 */
public record CustomerContact(String name, String phone, String email) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
