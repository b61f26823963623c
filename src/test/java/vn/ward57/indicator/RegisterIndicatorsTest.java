package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ward57.Api.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * The catalogue's figures computed from the registers of issue 6 are the registers' own, on the
 * demo wards, whose figures the registers' demo files work out by hand.
 */
@Ward57Test
class RegisterIndicatorsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anHaisRegisterFiguresAsIndicators() throws Exception {
        // demo-people.sql: 40 of the 53 in post trained in digital skills (40 × 100 / 53 = 75,47);
        // demo-community.sql: 247 teams with 946 members
        assertThat(value("an-hai", "2026-11", "CB-BD-TL")).isEqualTo(75.47);
        assertThat(value("an-hai", "2026-11", "CB-BD")).isEqualTo(40.0);
        assertThat(value("an-hai", "2026-11", "TCN-SO")).isEqualTo(247.0);
        assertThat(value("an-hai", "2026-11", "TCN-TV")).isEqualTo(946.0);
        // demo-community.sql: 85 of the 247 groups meet all five criteria in 2026S1
        assertThat(value("an-hai", "2026S1", "TDP-SO")).isEqualTo(85.0);
        // no camera in an-hai's residential groups: 0 of 247
        assertThat(value("an-hai", "2026", "CAM-TDP")).isEqualTo(0.0);
    }

    @Test
    void trungThanhsRegisterFiguresAsIndicators() throws Exception {
        // demo-budget.sql: 120.000.000 of 1.056.000.000 đồng disbursed (seed 004) = 11,36 %
        assertThat(value("trung-thanh", "2026-11", "NS-GN")).isEqualTo(11.36);
        // demo-assets.sql: cameras in all 49 residential groups
        assertThat(value("trung-thanh", "2026", "CAM-TDP")).isEqualTo(100.0);
        // a year already over has no camera figure: the register keeps today's state only
        assertThat(value("trung-thanh", "2025", "CAM-TDP")).isNull();
        // demo-people.sql: 47 of 52 trained (90,38 %)
        assertThat(value("trung-thanh", "2026-11", "CB-BD-TL")).isEqualTo(90.38);
        assertThat(value("trung-thanh", "2026S1", "TDP-SO")).isEqualTo(13.0);
    }

    @Test
    void periodFiguresAreTheRegistersOverThePeriod() throws Exception {
        for (String ward : new String[] {"an-hai", "trung-thanh"}) {
            String user = ward.equals("an-hai") ? "canbo.anhai" : "canbo.trungthanh";
            // participants and certificates of each month of 2026 add up to the registers' year
            double participants = 0;
            double bodies = 0;
            double people = 0;
            for (int m = 1; m <= 10; m++) {
                String month = "2026-%02d".formatted(m);
                participants += value(ward, month, "TH-LUOT");
                bodies += value(ward, month, "CTS-CQ");
                people += value(ward, month, "CTS-CN");
            }
            String training = body(user, "/api/v1/wards/" + ward + "/training-figures?asOf=2026-10-31");
            assertThat(participants).isEqualTo(JsonPath.<Number>read(training, "$.participants").doubleValue());
            String certificates = body(user, "/api/v1/wards/" + ward + "/certificate-summary?from=2026-01-01&to=2026-10-31");
            List<Number> forBodies = JsonPath.read(certificates,
                    "$.counts[?(@.kind == 'DIGITAL_CERTIFICATE' && @.holder == 'BODY')].quantity");
            List<Number> forPeople = JsonPath.read(certificates,
                    "$.counts[?(@.kind == 'DIGITAL_CERTIFICATE' && @.holder == 'PERSON')].quantity");
            assertThat(bodies).isEqualTo(forBodies.stream().mapToDouble(Number::doubleValue).sum());
            assertThat(people).isEqualTo(forPeople.stream().mapToDouble(Number::doubleValue).sum());
        }
    }

    @Test
    void aUnitsFormShowsTheRegistersFigureBesideTheOneItReports() throws Exception {
        String form = body("vhxh.anhai", "/api/v1/wards/an-hai/forms/van-hoa-xa-hoi/2026-10");
        assertThat(JsonPath.<List<Number>>read(form, "$.lines[?(@.code == 'TCN')].registerValue"))
                .extracting(Number::doubleValue).containsExactly(247.0);
        // a figure no register holds has none
        String police = body("congan.anhai", "/api/v1/wards/an-hai/forms/cong-an/2026-10");
        assertThat(JsonPath.<List<Object>>read(police, "$.lines[?(@.code == 'DDDT')].registerValue"))
                .containsExactly((Object) null);
    }

    private Double value(String ward, String period, String code) throws Exception {
        String user = ward.equals("an-hai") ? "canbo.anhai" : "canbo.trungthanh";
        List<Number> values = JsonPath.read(body(user, "/api/v1/wards/" + ward + "/indicators?period=" + period),
                "$[?(@.code == '" + code + "')].value");
        assertThat(values).as(code + " in " + period).hasSize(1);
        return values.getFirst() == null ? null : values.getFirst().doubleValue();
    }

    private String body(String user, String path) throws Exception {
        return mvc.perform(get(user, path)).andReturn().getResponse().getContentAsString();
    }
}
