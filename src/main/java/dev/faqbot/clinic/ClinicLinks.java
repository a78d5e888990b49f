package dev.faqbot.clinic;

import java.util.regex.Pattern;

/** Whether a clinic setting holds a usable link: an http(s) page, an e-mail address, a number a phone can dial. */
final class ClinicLinks {

    private static final Pattern WEB_LINK = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ClinicLinks() {
    }

    static boolean isWebLink(String value) {
        return WEB_LINK.matcher(value).matches();
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** Digits and a leading +, as a tel: link wants them: "(555) 010-0199" becomes "5550100199". */
    static String dialable(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.length() < 3 ? "" : digits.charAt(0) + digits.substring(1).replace("+", "");
    }
}
