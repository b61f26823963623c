/**
 * The organisation: provinces, their wards, each ward's units (phòng, đơn vị) and residential
 * groups (tổ dân phố), and staffing per unit. Other modules use the services and records at
 * this package's root; {@code domain} holds the SQL, {@code web} the pages and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tổ chức",
        allowedDependencies = "common")
package vn.ward57.org;
