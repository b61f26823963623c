package vn.ward57.community;

import java.util.List;

/** Every residential group of the ward against the criteria applied now, in one period, and the figure. */
public record DigitalGroupGrid(String period, List<Criterion> criteria, List<GroupAssessment> groups,
                               DigitalGroups figures) {
}
