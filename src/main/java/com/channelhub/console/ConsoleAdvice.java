package com.channelhub.console;

import com.channelhub.api.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What every console page gets (the CSRF token, who is signed in) and how a refusal is shown as a page. */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        model.addAttribute("csrfField", ConsoleSession.CSRF_FIELD);
        model.addAttribute("csrf", ConsoleSession.csrfToken(request));
        model.addAttribute("signedIn", request.getAttribute(ConsoleSession.SIGNED_IN));
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(problem.status(), problem.getMessage(), request, response, model);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(404, "There is no such page.", request, response, model);
    }

    private String show(int status, String message, HttpServletRequest request, HttpServletResponse response, Model model) {
        common(request, model);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("heading", status == 404 ? "Not found" : status == 409 ? "Not possible right now" : "Refused");
        model.addAttribute("message", message);
        return "console/problem";
    }
}
