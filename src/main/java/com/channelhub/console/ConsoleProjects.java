package com.channelhub.console;

import com.channelhub.api.ApiProblem;
import com.channelhub.project.Project;
import com.channelhub.project.ProjectService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** The project of the signed-in session (checked by {@link ConsoleGuard} against the page's slug). */
@Component
class ConsoleProjects {

    private final ProjectService projects;

    ConsoleProjects(ProjectService projects) {
        this.projects = projects;
    }

    Project current(HttpServletRequest request) {
        ConsoleSession.SignedIn signedIn = (ConsoleSession.SignedIn) request.getAttribute(ConsoleSession.SIGNED_IN);
        if (signedIn == null) {
            throw ApiProblem.unauthorized("Sign in first.");
        }
        return projects.findBySlug(signedIn.slug()).orElseThrow(() -> ApiProblem.notFound("No such project."));
    }
}
