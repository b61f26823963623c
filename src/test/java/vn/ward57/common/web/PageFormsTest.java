package vn.ward57.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import vn.ward57.common.error.ConflictException;

/** A page form's change gives back what it saved; a refused or invalid form gives nothing and says why. */
class PageFormsTest {

    private final PageForms forms = new PageForms(new Messages(new StaticMessageSource()));

    private static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "form");
    }

    @Test
    void aChangeMadeGivesBackWhatItSaved() {
        MapBindingResult errors = errors();

        assertThat(forms.save(errors, () -> "saved record")).contains("saved record");
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aRefusalGivesNothingAndLandsInTheErrors() {
        MapBindingResult errors = errors();

        Optional<String> saved = forms.save(errors, () -> {
            throw new ConflictException("asset.code-taken", null, "TB-01");
        });

        assertThat(saved).isEmpty();
        assertThat(errors.getGlobalErrors()).extracting("code").containsExactly("asset.code-taken");
    }

    @Test
    void anInvalidFormIsNotSaved() {
        MapBindingResult errors = errors();
        errors.reject("required");
        boolean[] ran = {false};

        assertThat(forms.save(errors, () -> ran[0] = true)).isEmpty();
        assertThat(ran[0]).isFalse();
    }

    @Test
    void savedAndRedirectedFlashesTheSuccessOrTheRefusal() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        assertThat(forms.saveAndRedirect(errors(), () -> 7L, redirect, "directive.created", "12/CT"))
                .contains(7L);
        assertThat(redirect.getFlashAttributes()).containsKey("flash").doesNotContainKey("flashError");

        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        assertThat(forms.saveAndRedirect(errors(), () -> {
            throw new ConflictException("directive.number-taken", null);
        }, refused, "directive.created")).isEmpty();
        assertThat(refused.getFlashAttributes()).containsKey("flashError").doesNotContainKey("flash");
    }
}
