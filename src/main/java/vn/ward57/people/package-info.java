/**
 * People and training (cán bộ và tập huấn, issue 6): the ward's staff list with the days each person
 * is in post, the training events with participants per target group and per-person attendance of
 * the ward's staff, and the figures computed from them (share of staff trained in digital skills;
 * events, participants and certificates of a period) that the indicator module reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cán bộ và tập huấn",
        allowedDependencies = {"common", "figure", "org"})
package vn.ward57.people;
