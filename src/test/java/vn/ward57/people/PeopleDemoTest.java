package vn.ward57.people;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static vn.ward57.Api.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** The demo's people figures as demo-people.sql's header works them out (no test writes to the demo's people). */
@Ward57Test
class PeopleDemoTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoWardsShareOfStaffTrainedAndTheirYear() throws Exception {
        // an-hai: 53 in post, 40 trained → 75,47 %; 2026: A7 (180 + 45) and A8 (4 staff)
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/training-figures?asOf=2026-11-20"))
                .andExpect(jsonPath("$.inPost").value(53)).andExpect(jsonPath("$.trained").value(40))
                .andExpect(jsonPath("$.share").value(75.47)).andExpect(jsonPath("$.events").value(2))
                .andExpect(jsonPath("$.participants").value(229)).andExpect(jsonPath("$.certificates").value(0));
        // trung-thanh: 52 in post, 47 trained → 90,38 %; 2026: T3-T6, 35 + 37 + 308 + 320, 30 certificates
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/training-figures?asOf=2026-11-20"))
                .andExpect(jsonPath("$.inPost").value(52)).andExpect(jsonPath("$.trained").value(47))
                .andExpect(jsonPath("$.share").value(90.38)).andExpect(jsonPath("$.events").value(4))
                .andExpect(jsonPath("$.participants").value(700)).andExpect(jsonPath("$.certificates").value(30));
        // the staff list matches the staffing: 53 and 52 in post, unit by unit as demo-data.sql has them
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/staff-members?inPostOn=2026-11-20&unit=kinh-te"))
                .andExpect(jsonPath("$.length()").value(17));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/staff-members?inPostOn=2025-12-01&unit=kinh-te"))
                .andExpect(jsonPath("$.length()").value(17));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/staff-members")).andExpect(jsonPath("$.length()").value(54));
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/staff-members?inPostOn=2026-11-20"))
                .andExpect(jsonPath("$.length()").value(52));
        // 150 staff attendances at Trung Thành's four conferences, as seed 004 counts them
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/training-events?to=2026-06-30"))
                .andExpect(jsonPath("$[?(@.attendeeIds.length() > 0)].participants.STAFF").value(
                        org.hamcrest.Matchers.containsInAnyOrder(40, 38, 35, 37)));
    }
}
