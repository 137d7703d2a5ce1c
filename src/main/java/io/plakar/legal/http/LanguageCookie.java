package io.plakar.legal.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first-party cookie that remembers the language a visitor picked in the switcher. It is
 * set only then, never on a mere visit, and read only to choose where {@code /} leads.
 */
final class LanguageCookie {

    static final String NAME = "lang";
    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private LanguageCookie() {
    }

    /** The cookie's value, or null; an unsupported value is ignored by the negotiator. */
    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Remembers the choice; {@code tag} is always a supported tag, never request input. */
    static void write(HttpServletResponse response, String tag, boolean secure) {
        response.addHeader("Set-Cookie", NAME + "=" + tag + "; Path=/; Max-Age=" + ONE_YEAR
                + "; SameSite=Lax; HttpOnly" + (secure ? "; Secure" : ""));
    }
}
