package vn.ward57.org.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;

/**
 * The API description of a {@link Ward} or {@link Province} parameter ({@link WardArguments}): what the client
 * sends is the path variable {@code wardCode} or {@code provinceCode}, not the record.
 */
@Configuration(proxyBeanMethods = false)
class WardApiDocs {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Ward.class, Province.class);
    }

    @Bean
    OperationCustomizer wardPathParameters() {
        return (operation, handler) -> {
            for (var parameter : handler.getMethodParameters()) {
                String name = parameter.getParameterType() == Ward.class ? "wardCode"
                        : parameter.getParameterType() == Province.class ? "provinceCode" : null;
                boolean declared = name == null || operation.getParameters() != null && operation.getParameters()
                        .stream().anyMatch(p -> name.equals(p.getName()) && "path".equals(p.getIn()));
                if (!declared) {
                    operation.addParametersItem(new PathParameter().name(name).required(true).schema(new StringSchema())
                            .description(name.equals("wardCode") ? "the ward's code (an-hai)" : "the province's code"));
                }
            }
            return operation;
        };
    }
}
