/**
 * Community digital-technology teams (Tổ công nghệ số cộng đồng: one per residential group, its
 * members and the log of what it did for the residents) and the "Tổ dân phố số" model (the ward's
 * checklist, each residential group assessed against it per period), with the figures the
 * indicator catalogue reads (issue 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tổ công nghệ số cộng đồng, tổ dân phố số",
        allowedDependencies = {"common", "figure", "org"})
package vn.ward57.community;
