package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ward57.Ward57Test;

/**
 * The OpenAPI description says what the API takes: every type of a request or answer has a schema name of
 * its own (springdoc names a schema by the simple class name and keeps one of several "Form"s), and uploads
 * are multipart/form-data with a binary file.
 */
@Ward57Test
class ApiDocsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String docs() throws Exception {
        return mvc.perform(get("/api-docs")).andReturn().getResponse().getContentAsString();
    }

    /** The name springdoc gives a class: its @Schema name, or its simple name. */
    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** The application's classes of the API's request bodies and answers, and the classes they hold. */
    private Set<Class<?>> apiTypes() {
        Set<Class<?>> found = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (e.getKey().toString().contains("/api/")) {
                HandlerMethod method = e.getValue();
                collect(ResolvableType.forMethodReturnType(method.getMethod(), method.getBeanType()), found);
                for (MethodParameter p : method.getMethodParameters()) {
                    if (p.hasParameterAnnotation(RequestBody.class)) {
                        collect(ResolvableType.forMethodParameter(p), found);
                    }
                }
            }
        }
        return found;
    }

    /** The type's classes of the application, and theirs; a controller's type variables as the controller fills them. */
    private static void collect(ResolvableType type, Set<Class<?>> found) {
        if (type.isArray()) {
            collect(type.getComponentType(), found);
            return;
        }
        Arrays.stream(type.getGenerics()).forEach(t -> collect(t, found));
        Class<?> c = type.resolve();
        if (c != null && c.getName().startsWith("vn.ward57.") && !c.isEnum() && found.add(c) && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(ResolvableType.forType(rc.getGenericType()), found);
            }
        }
    }

    /** The description as the linter in .ci/run reads it (redocly lint target/openapi.json). */
    @Test
    void writesTheDescriptionForTheLinter() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("target", "openapi.json");
        java.nio.file.Files.writeString(file, docs());
        assertThat(JsonPath.<String>read(java.nio.file.Files.readString(file), "$.openapi")).startsWith("3.");
    }

    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, Set<String>> byName = apiTypes().stream().collect(Collectors.groupingBy(ApiDocsTest::schemaName,
                TreeMap::new, Collectors.mapping(Class::getName, Collectors.toCollection(TreeSet::new))));
        byName.values().removeIf(classes -> classes.size() == 1);
        assertThat(byName).as("schema names shared by several classes").isEmpty();
    }

    @Test
    void eachNestedFormIsDescribedUnderItsOwnNameWithItsOwnFields() throws Exception {
        String docs = docs();
        Set<Class<?>> forms = apiTypes().stream()
                .filter(c -> c.isRecord() && c.getEnclosingClass() != null && c.getSimpleName().equals("Form"))
                .collect(Collectors.toSet());
        assertThat(forms).hasSizeGreaterThan(5);
        for (Class<?> form : forms) {
            String name = schemaName(form);
            assertThat(name).endsWith(form.getEnclosingClass().getSimpleName() + "Form");
            Map<String, Object> properties = JsonPath.read(docs, "$.components.schemas." + name + ".properties");
            assertThat(properties.keySet()).as(name).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).toList());
        }
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas")).doesNotContainKey("Form");
    }

    @Test
    void theDossierImportIsAMultipartUploadWithABinaryFile() throws Exception {
        String docs = docs();
        String body = "$.paths['/api/v1/wards/{wardCode}/dossier-imports'].post.requestBody.content";
        Map<String, Object> content = JsonPath.read(docs, body);
        assertThat(content).containsOnlyKeys("multipart/form-data");
        assertThat(JsonPath.<String>read(docs, body + "['multipart/form-data'].schema.properties.file.format"))
                .isEqualTo("binary");
    }

    @Test
    void everyUploadOfTheApiIsDescribedAsMultipart() throws Exception {
        String docs = docs();
        int uploads = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            boolean upload = Arrays.stream(e.getValue().getMethodParameters())
                    .anyMatch(p -> p.getParameterType().equals(MultipartFile.class));
            for (String path : e.getKey().getPatternValues()) {
                if (upload && path.startsWith("/api/")) {
                    for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                        uploads++;
                        String content = "$.paths['" + path + "']." + method.name().toLowerCase(Locale.ROOT)
                                + ".requestBody.content";
                        assertThat(JsonPath.<Map<String, Object>>read(docs, content)).as(method + " " + path)
                                .containsOnlyKeys("multipart/form-data");
                    }
                }
            }
        }
        assertThat(uploads).isGreaterThan(15);
    }
}
