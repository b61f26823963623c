package vn.ward57.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.Collection;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.multipart.MultipartFile;

/**
 * The API description at /api-docs: what springdoc reads from the controllers, plus what it cannot know
 * (summaries, security, refusals; see {@link ApiDescription}) and the truth about uploads.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    @Bean
    OpenAPI ward57Api() {
        return new OpenAPI()
                .info(new Info().title("ward57 API").version("v1").description("""
                        API của ward57: dữ liệu thực hiện Nghị quyết 57-NQ/TW của phường. Đăng nhập bằng HTTP Basic \
                        (tài khoản ward57); mọi lỗi là problem detail theo RFC 9457 với `detail` tiếng Việt.

                        The JSON API of ward57. Sign in with HTTP Basic (a ward57 account); every refusal is an RFC 9457 \
                        problem detail whose `detail` is Vietnamese (`?lang=en` for English). A record's `GET` answers \
                        its version as `ETag`; sent back as `If-Match`, a change of a record changed since is refused (409)."""))
                // the address the description was read from, whatever host or proxy it was reached through
                .addServersItem(new Server().url("/").description("ward57"));
    }

    @Bean
    OpenApiCustomizer summariesSecurityAndRefusals(WebInvocationPrivilegeEvaluator access) {
        return new ApiDescription(ApiSummaries.load(), access);
    }

    /**
     * Springdoc describes a MultipartFile parameter as a field of a JSON body unless the mapping declares
     * consumes = multipart/form-data; declared, a request of another type would be answered 415 before the
     * access check that each upload makes first (a user of another ward gets 403, see CrossWardAccessTest). So
     * the mappings stay as they are and the description says what they read: a multipart/form-data body whose
     * file is binary.
     */
    @Bean
    OperationCustomizer multipartUploads() {
        return (operation, handler) -> {
            boolean upload = Arrays.stream(handler.getMethodParameters()).anyMatch(p ->
                    MultipartFile.class.equals(p.getParameterType())
                            || Collection.class.isAssignableFrom(p.getParameterType())
                            && MultipartFile.class.equals(p.nested().getNestedParameterType()));
            var body = operation.getRequestBody();
            if (upload && body != null && body.getContent() != null && !body.getContent().isEmpty()) {
                MediaType fields = body.getContent().values().iterator().next();
                body.setContent(new Content().addMediaType(
                        org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, fields));
            }
            return operation;
        };
    }
}
