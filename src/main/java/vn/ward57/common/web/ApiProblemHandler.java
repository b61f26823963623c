package vn.ward57.common.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.ward57.common.error.ConfirmationRequiredException;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.error.StaleVersionException;
import vn.ward57.common.error.Ward57Exception;

/** Every refusal of the JSON API as an RFC 9457 problem detail whose {@code detail} is Vietnamese. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final Messages messages;

    ApiProblemHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Ward57Exception.class)
    ProblemDetail refused(Ward57Exception e) {
        HttpStatus status = switch (e) {
            case NotFoundException n -> HttpStatus.NOT_FOUND;
            case ConflictException c -> HttpStatus.CONFLICT;
            case ConfirmationRequiredException c -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(e));
        if (e instanceof vn.ward57.common.table.RowsRejectedException rows) {
            problem.setProperty("errors", rows.errors());   // each with row, column, value, message
            problem.setProperty("errorTotal", rows.total());
            if (rows.unlisted() > 0) {
                problem.setProperty("more", messages.get("tablefile.more-errors", rows.unlisted()));
            }
        } else if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", messages.get(e))));
        }
        if (e instanceof ConfirmationRequiredException c) {
            problem.setProperty("warning", messages.get(e));
            c.details().forEach(problem::setProperty);
        }
        if (e instanceof StaleVersionException s) {
            stale(problem, s);
        }
        return problem;
    }

    /** What a client needs to reload: the version now, who changed the record last and when, the record. */
    private static void stale(ProblemDetail problem, StaleVersionException s) {
        problem.setProperty("currentVersion", s.currentVersion());
        if (s.changedBy() != null) {
            problem.setProperty("changedBy", s.changedBy());
            problem.setProperty("changedAt", s.changedAt());
        }
        if (s.current() != null) {
            problem.setProperty("current", s.current());
        }
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraint(DataIntegrityViolationException e) {
        return refused(DatabaseConstraint.explain(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.get(e.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(),
                        "message", messages.field(f.getField()) + ": " + messages.get(f)))
                .toList();
        String detail = messages.get("error.invalid") + " "
                + String.join("; ", errors.stream().map(m -> m.get("message")).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : ex.getPropertyName();
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("error.bad-parameter", vn.ward57.common.Echo.cut(String.valueOf(ex.getValue()), 100),
                        name)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("error.malformed-json")));
    }
}
