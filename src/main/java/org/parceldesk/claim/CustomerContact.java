package org.parceldesk.claim;

/** Who to pay and tell. Personal data: it stays in the claim row, never in process variables. */
public record CustomerContact(String name, String phone, String email) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** The phone as roles without need-to-know see it: 138****5678 (快递市场管理办法 2023 art. 35). */
    public String maskedPhone() {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
