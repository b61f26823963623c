package vn.ward57.community;

import java.util.List;

/** A team with all its members (current and former) and its latest activities. */
public record TeamDetail(CommunityTeam team, List<TeamMember> members, List<TeamActivity> recentActivities) {
}
