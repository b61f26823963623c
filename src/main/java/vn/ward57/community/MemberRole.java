package vn.ward57.community;

/** Tổ trưởng (one at a time) or thành viên. */
public enum MemberRole { HEAD, MEMBER }
