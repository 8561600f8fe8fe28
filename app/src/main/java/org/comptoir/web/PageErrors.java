package org.comptoir.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page the caller may not see answers 404 (its existence is not revealed); one they may not change, 403. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({ApiError.NotFound.class, java.util.NoSuchElementException.class})
    String notFound(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(Forbidden e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("message", e.getMessage());
        return "error";
    }
}
