package vn.ward57.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.config.YamlMapFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The file of the API's summaries (openapi/summaries.yml): for each path and method the Vietnamese summary and
 * the English description, kept out of the controllers so that one file says what every operation does.
 *
 * @param operations path → method (get, post, …) → [summary, description]
 * @param tags       springdoc's tag name of a controller without one → [name, description]
 */
record ApiSummaries(Map<String, Map<String, List<String>>> operations, Map<String, List<String>> tags) {

    static final String FILE = "openapi/summaries.yml";

    /** One operation's lines: the summary a person reads in the list, the description under it. */
    record Summary(String vietnamese, String english) {
    }

    @SuppressWarnings("unchecked")
    static ApiSummaries load() {
        YamlMapFactoryBean yaml = new YamlMapFactoryBean();
        yaml.setResources(new ClassPathResource(FILE));
        Map<String, Object> all = new LinkedHashMap<>(yaml.getObject());
        Map<String, List<String>> tags = (Map<String, List<String>>) all.remove("tags");
        Map<String, Map<String, List<String>>> operations = new LinkedHashMap<>();
        all.forEach((path, methods) -> operations.put(path, (Map<String, List<String>>) methods));
        return new ApiSummaries(Map.copyOf(operations), tags == null ? Map.of() : Map.copyOf(tags));
    }

    Optional<Summary> of(String path, String method) {
        List<String> lines = operations.getOrDefault(path, Map.of()).get(method.toLowerCase(Locale.ROOT));
        if (lines == null || lines.size() != 2) {
            return Optional.empty();
        }
        return Optional.of(new Summary(lines.get(0), lines.get(1)));
    }
}
