package vn.ward57.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.ward57.common.Echo;

/**
 * A request under /api/ that no route answers (an unknown path, or a method the path does not take): a problem
 * detail in Vietnamese like every other refusal of the API, not Spring's error JSON. {@link ApiProblemHandler}
 * speaks only for the API's controllers, and here none was found. A page's request is rethrown, which Spring
 * MVC takes as "not handled here": the error page answers it as before.
 */
@RestControllerAdvice
class ApiUnknownRoute {

    private final Messages messages;

    ApiUnknownRoute(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> unknownPath(Exception e, HttpServletRequest request) throws Exception {
        return answer(HttpStatus.NOT_FOUND, "error.api-not-found", new HttpHeaders(), request.getMethod(),
                apiPath(e, request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> unknownMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        String path = apiPath(e, request);
        HttpHeaders headers = new HttpHeaders();
        String allowed = "";
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
            allowed = e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        }
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "error.api-method-not-allowed", headers, request.getMethod(),
                path, allowed);
    }

    /** The request's path under /api/, cut as every echo is; a page's request goes on to the error page. */
    private static String apiPath(Exception e, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw e;
        }
        return Echo.cut(path, 200);
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatus status, String key, HttpHeaders headers, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(key, args));
        problem.setTitle(messages.get(key + ".title"));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
