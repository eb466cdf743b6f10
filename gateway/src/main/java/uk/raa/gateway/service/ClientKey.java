package uk.raa.gateway.service;

import java.util.Optional;

/**
 * Who a call counts against for rate limiting, from the verified token only: the partner authority when the token
 * names one (all of a council's staff and its case system share the council's allowance), otherwise the agency
 * member ({@code <agency>:<sub>}), otherwise the bare subject.
 */
public final class ClientKey {

    private ClientKey() {
    }

    public static String of(Optional<String> authority, Optional<String> agency, String subject) {
        if (authority.isPresent() && !authority.get().isBlank()) {
            return authority.get();
        }
        String sub = subject == null ? "" : subject;
        if (agency.isPresent() && !agency.get().isBlank()) {
            return agency.get() + ":" + sub;
        }
        return "subject:" + sub;
    }
}
