package vn.ward57.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * What springdoc cannot read from the controllers: each operation's summary (from {@link ApiSummaries}), its
 * security (HTTP Basic, or none where the security chain lets anyone in), the refusals it answers
 * ({@link ApiRefusals}), and one tag per name.
 */
class ApiDescription implements OpenApiCustomizer {

    static final String BASIC = "basicAuth";
    private static final Logger log = LoggerFactory.getLogger(ApiDescription.class);
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("api-docs", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ApiSummaries summaries;
    private final WebInvocationPrivilegeEvaluator access;

    ApiDescription(ApiSummaries summaries, WebInvocationPrivilegeEvaluator access) {
        this.summaries = summaries;
        this.access = access;
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        // The session cookie of the pages is not declared: the API's chain is stateless and refuses it (401).
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Tên đăng nhập và mật khẩu của tài khoản ward57 (HTTP Basic), gửi với mỗi yêu cầu."));
        ApiRefusals.declare(components);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            summarise(path, method, operation);
            boolean open = isPublic(path, method);
            operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BASIC)));
            ApiRefusals.add(operation, method, open, components);
        }));
        oneTagPerName(api);
    }

    private void summarise(String path, HttpMethod method, Operation operation) {
        summaries.of(path, method.name()).ifPresentOrElse(s -> {
            // an English summary given on the controller is the fuller description
            operation.setDescription(operation.getDescription() != null ? operation.getDescription()
                    : operation.getSummary() != null ? operation.getSummary() : s.english());
            operation.setSummary(s.vietnamese());
        }, () -> log.warn("{} {} has no summary in {}", method, path, ApiSummaries.FILE));
    }

    /** Public as the security chain says it: anyone may call the path, its variables filled with anything. */
    private boolean isPublic(String path, HttpMethod method) {
        return access.isAllowed("", path.replaceAll("\\{[^}]+}", "x"), method.name(), ANONYMOUS);
    }

    /**
     * Springdoc names the tag of a controller without @Tag after the class, and keeps two @Tags of one name
     * (two controllers of one register) as two: the first get a name from the summaries' file, the second one.
     */
    private void oneTagPerName(OpenAPI api) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag tag : api.getTags() == null ? List.<Tag>of() : api.getTags()) {
            tags.merge(tag.getName(), tag, (a, b) -> new Tag().name(a.getName())
                    .description(a.getDescription() + "; " + b.getDescription()));
        }
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getTags() == null) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (String name : operation.getTags()) {
                List<String> renamed = summaries.tags().get(name);
                names.add(renamed == null ? name : renamed.get(0));
                if (renamed != null) {
                    tags.putIfAbsent(renamed.get(0), new Tag().name(renamed.get(0)).description(renamed.get(1)));
                }
            }
            operation.setTags(names);
        }));
        api.setTags(new ArrayList<>(tags.values()));
    }
}
