package com.channelhub.console;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import com.channelhub.project.ProjectService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards every console page under {@code /p/{slug}/}: a state-changing request must carry the session's CSRF token
 * (hidden form field or header), and every page but the sign-in page needs a session signed in to that very project
 * with a key that is still live. A session of one project sent to another project's page is sent to that project's
 * sign-in page; it never sees the other project's data.
 */
@Component
class ConsoleGuard implements HandlerInterceptor {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProjectService projects;

    ConsoleGuard(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        if (parts.length < 3 || !"p".equals(parts[1])) {
            return true;
        }
        String slug = parts[2];
        if (!SAFE_METHODS.contains(request.getMethod()) && !validCsrf(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "This form has expired or did not come from the console. Go back, reload the page and try again.");
            return false;
        }
        boolean loginPage = parts.length == 4 && "login".equals(parts[3]);
        if (loginPage) {
            return true;
        }
        Optional<ConsoleSession.SignedIn> signedIn = ConsoleSession.signedIn(request)
                .filter(s -> s.slug().equals(slug))
                .filter(s -> projects.isLive(s.apiKeyId()));
        if (signedIn.isPresent()) {
            request.setAttribute(ConsoleSession.SIGNED_IN, signedIn.get());
            return true;
        }
        if (path.endsWith(".json")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write("{\"detail\":\"Your session has ended; sign in again.\"}");
            return false;
        }
        String next = "GET".equals(request.getMethod()) ? path
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : null;
        response.sendRedirect(request.getContextPath() + "/p/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/login"
                + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        return false;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Refused · Channel Hub</title><link rel=\"stylesheet\" href=\"/console/console.css\"></head>"
                + "<body><main class=\"page\"><h1>Refused</h1><p class=\"alert alert-error\" role=\"alert\">"
                + message + "</p></main></body></html>");
    }

    private static boolean validCsrf(HttpServletRequest request) {
        String presented = request.getParameter(ConsoleSession.CSRF_FIELD);
        if (presented == null) {
            presented = request.getHeader(ConsoleSession.CSRF_HEADER);
        }
        String expected = ConsoleSession.existingCsrfToken(request).orElse(null);
        return presented != null && expected != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
