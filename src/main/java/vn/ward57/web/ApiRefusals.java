package vn.ward57.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The refusals of the API in its description: the RFC 9457 problem detail (common/web/ApiProblemHandler and
 * the security chain answer it) and, for each operation, the statuses it can answer with one.
 */
final class ApiRefusals {

    static final String PROBLEM = "ProblemDetail";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** Status → the name of the response in components and what it means. */
    private static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", new String[] {"BadRequest", "Yêu cầu không hợp lệ: `detail` nói chỗ sai và lý do; "
                + "`errors` liệt kê từng trường (field, message) hay từng dòng của tệp (row, column, value, message)."});
        RESPONSES.put("401", new String[] {"Unauthorized", "Chưa đăng nhập hoặc sai tên đăng nhập, mật khẩu (HTTP Basic)."});
        RESPONSES.put("403", new String[] {"Forbidden", "Người dùng không có quyền với phường, đơn vị hay bản ghi này."});
        RESPONSES.put("404", new String[] {"NotFound", "Không có phường, tỉnh hay bản ghi mang mã hoặc số này."});
        RESPONSES.put("409", new String[] {"Conflict", "Xung đột: mã đã có, bản ghi vẫn được dùng ở nơi khác, hoặc bản ghi đã "
                + "bị người khác sửa sau phiên bản gửi trong If-Match (khi đó có currentVersion, changedBy, changedAt, current)."});
        RESPONSES.put("413", new String[] {"ContentTooLarge", "Tệp tải lên lớn hơn mức cho phép."});
        RESPONSES.put("422", new String[] {"UnprocessableContent", "Số tiền bất thường so với các khoản khác: gửi lại với "
                + "xác nhận (confirmAmount) nếu đúng là số đó; `warning` nói lý do."});
    }

    private ApiRefusals() {
    }

    /** The problem schema and a response per status, in the description's components. */
    static void declare(Components components) {
        components.addSchemas(PROBLEM, problemSchema());
        RESPONSES.forEach((status, response) -> {
            ApiResponse answer = new ApiResponse().description(response[1]).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new JsonSchema().$ref(PROBLEM))));
            if (status.equals("401")) {
                answer.addHeaderObject("WWW-Authenticate", new Header().description("Basic realm=\"ward57\"")
                        .schema(new JsonSchema().types(Set.of("string"))));
            }
            components.addResponses(response[0], answer);
        });
    }

    /**
     * The statuses an operation refuses with: 400 when it takes anything, 401 and 403 unless it is public, 404
     * when its path names something, 409 when it writes, 413 for an upload, 422 when its body can confirm an
     * amount the plausibility rule doubts.
     */
    static void add(Operation operation, HttpMethod method, boolean open, Components components) {
        boolean takes = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || operation.getRequestBody() != null;
        boolean named = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean writes = method != HttpMethod.GET && method != HttpMethod.HEAD;
        Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        boolean upload = body != null && body.containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
        boolean confirms = body != null && body.values().stream().anyMatch(m -> confirms(m.getSchema(), components));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        refuse(responses, "400", takes);
        refuse(responses, "401", !open);
        refuse(responses, "403", !open);
        refuse(responses, "404", named);
        refuse(responses, "409", writes && !open);
        refuse(responses, "413", upload);
        refuse(responses, "422", confirms);
        operation.setResponses(responses);
    }

    private static void refuse(ApiResponses responses, String status, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref(RESPONSES.get(status)[0]));
        }
    }

    private static boolean confirms(Schema<?> schema, Components components) {
        if (schema == null || schema.get$ref() == null || components.getSchemas() == null) {
            return false;
        }
        Schema<?> named = components.getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        return named != null && named.getProperties() != null
                && named.getProperties().keySet().stream().anyMatch(p -> p.startsWith("confirm"));
    }

    /** RFC 9457's members, and the ones ward57 adds to some refusals. */
    private static Schema<?> problemSchema() {
        Schema<?> error = object().description("Một lỗi của một trường hay một dòng của tệp")
                .addProperty("field", string("Trường sai"))
                .addProperty("row", new JsonSchema().types(Set.of("integer")).description("Dòng của tệp"))
                .addProperty("column", string("Cột của tệp"))
                .addProperty("value", string("Giá trị đã gửi"))
                .addProperty("message", string("Lý do, tiếng Việt"));
        return object().description("Lỗi theo RFC 9457 (problem detail)")
                .addProperty("type", string("URI của loại lỗi").format("uri-reference")._default("about:blank"))
                .addProperty("title", string("Tên loại lỗi"))
                .addProperty("status", new JsonSchema().types(Set.of("integer")).description("Mã trạng thái HTTP"))
                .addProperty("detail", string("Lý do, tiếng Việt (tiếng Anh với ?lang=en)"))
                .addProperty("instance", string("Địa chỉ của yêu cầu").format("uri-reference"))
                .addProperty("errors", new JsonSchema().types(Set.of("array")).items(error))
                .additionalProperties(true);
    }

    private static Schema<?> object() {
        return new JsonSchema().types(Set.of("object"));
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}
