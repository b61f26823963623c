package vn.ward57.web;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Arrays;
import java.util.Collection;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;

/**
 * The API description of uploads. Springdoc describes a MultipartFile parameter as a field of a JSON body
 * unless the mapping declares consumes = multipart/form-data; declared, a request of another type would be
 * answered 415 before the access check that each upload makes first (a user of another ward gets 403, see
 * CrossWardAccessTest). So the mappings stay as they are and the description says what they read: a
 * multipart/form-data body whose file is binary.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

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
