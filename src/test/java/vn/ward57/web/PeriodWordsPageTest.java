package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ward57.Ward57Test;

/**
 * Pages name periods in words ("Tháng 11/2026", "Quý IV/2026") and a person never reads a period's code
 * (2026-11, 2026Q4, 2026S1), while the codes stay what the forms send; a period typed in words is read.
 */
@Ward57Test
class PeriodWordsPageTest {

    /**
     * A period's code as a person would read it in the page's text: 2026-11, 2026Q4, 2026S1, 2026-11C; not
     * inside another code (the task GB-10/2026-01).
     */
    private static final Pattern CODE = Pattern.compile("(?<![/\\w-])\\d{4}(-\\d{2}\\b|Q\\d|S\\d)");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theIndicatorsPageNamesItsPeriodsAndOffersThemInAPicker() throws Exception {
        Document page = page(get("/wards/an-hai/indicators?period=2026Q3"), 200);
        assertThat(page.select("input[name=period]")).as("no free-text period box").isEmpty();
        assertThat(page.select("select[name=period] option[selected]").text()).isEqualTo("Quý III/2026");
        assertThat(page.select("select[name=period] option[selected]").val()).isEqualTo("2026Q3");
        assertThat(page.select("select[name=period] option[value=2026-05]").text()).isEqualTo("Tháng 5/2026");
        assertThat(page.select("#indicator-count").text()).contains("Quý III/2026");
        assertThat(page.select("main table td").eachText()).anyMatch(t -> t.matches("Tháng \\d{1,2}/2026"));
        assertThat(visibleCodes(page)).isEmpty();
    }

    @Test
    void aPeriodTypedInWordsIsReadAndABadOneIsAnsweredInVietnamese() throws Exception {
        Document page = page(get("/wards/an-hai/indicators").param("period", "Quý III/2026"), 200);
        assertThat(page.select("select[name=period] option[selected]").val()).isEqualTo("2026Q3");
        assertThat(page(get("/wards/an-hai/validation-violations").param("period", "tháng 10/2026"), 200)
                .select("select[name=period] option[selected]").text()).isEqualTo("Tháng 10/2026");
        Document bad = page(get("/wards/an-hai/indicators").param("period", "Quý V/2026"), 400);
        assertThat(bad.text()).contains("Kỳ báo cáo „Quý V/2026“ không hợp lệ; ghi như Tháng 5/2026, Quý II/2026");
    }

    @Test
    void theDashboardFormsAndDigitalGroupsNameTheirPeriods() throws Exception {
        Document dashboard = page(get("/wards/an-hai/dashboard"), 200);
        assertThat(visibleCodes(dashboard)).isEmpty();
        Document forms = page(get("/wards/an-hai/forms?period=2026"), 200);
        assertThat(forms.select("h2").eachText()).contains("Đầy đủ và đúng hạn, kỳ Năm 2026");
        assertThat(visibleCodes(forms)).isEmpty();
        Document groups = page(get("/wards/an-hai/digital-groups?period=2026S1"), 200);
        assertThat(groups.select("input[name=period]")).isEmpty();
        assertThat(groups.select("select[name=period] option[selected]").text()).isEqualTo("6 tháng đầu năm 2026");
        assertThat(groups.select("h2").eachText()).contains("Đánh giá các tổ dân phố kỳ 6 tháng đầu năm 2026");
        assertThat(visibleCodes(groups)).isEmpty();
    }

    @Test
    void monthsAreNamedTheSameWayOnEveryPage() throws Exception {
        Document dossiers = page(get("/wards/an-hai/dossiers?from=2026-01-01&to=2026-06-30"), 200);
        assertThat(dossiers.select("main td").eachText()).contains("Tháng 1/2026", "Tháng 6/2026");
        assertThat(dossiers.select("select[name=period] option[selected]").text()).isEqualTo("6 tháng đầu năm 2026");
        assertThat(visibleCodes(dossiers)).isEmpty();
        // the month of the digital citizens' form is chosen in the same picker, months only
        Document citizens = page(get("/wards/an-hai/digital-citizens"), 200);
        assertThat(citizens.select("input[type=month]")).isEmpty();
        assertThat(citizens.select("select[name=month] option[value=2026-05]").text()).isEqualTo("Tháng 5/2026");
        assertThat(citizens.select("select[name=month] option[value=2026Q2]")).isEmpty();
        Document english = page(get("/wards/an-hai/indicators?period=2026Q3&lang=en"), 200);
        assertThat(english.select("select[name=period] option[selected]").text()).isEqualTo("Q3 2026");
    }

    /** The codes in what a person reads: the text and the labels, not the values a form sends. */
    private static java.util.List<String> visibleCodes(Document page) {
        page.select("script, style").remove();
        return CODE.matcher(page.body().text()).results().map(java.util.regex.MatchResult::group).toList();
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request.with(user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
