package com.channelhub.console;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the console keeps in the HTTP session (in memory, lost on restart): the project signed in to, the API key
 * that opened it (so revoking the key ends the session) and the session's CSRF token.
 */
public final class ConsoleSession {

    static final String SIGNED_IN = "console.signedIn";
    static final String CSRF = "console.csrf";
    /** Name of the hidden form field carrying the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";
    /** Header carrying the CSRF token for script requests. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in project. */
    public record SignedIn(UUID projectId, String slug, String projectName, UUID apiKeyId) implements Serializable {
    }

    private ConsoleSession() {
    }

    public static Optional<SignedIn> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedIn) session.getAttribute(SIGNED_IN));
    }

    /** Signs in: a new session id (no fixation) and a new CSRF token. */
    static void signIn(HttpServletRequest request, SignedIn signedIn) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN, signedIn);
        session.setAttribute(CSRF, newToken());
    }

    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The session's CSRF token, creating the session (and the token) when needed. */
    public static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            token = newToken();
            session.setAttribute(CSRF, token);
        }
        return token;
    }

    /** The CSRF token of an existing session, without creating one. */
    static Optional<String> existingCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(CSRF));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
