/**
 * Equipment and infrastructure (thiết bị, hạ tầng: computers, printers, kiosks, network and Wi-Fi
 * points, cameras per residential group) and the digital certificates and official e-mail accounts
 * issued (chứng thư số, thư công vụ), with the figures the reports and the indicator catalogue take
 * from them (issue 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thiết bị, hạ tầng, chứng thư số",
        allowedDependencies = {"common", "figure", "org"})
package vn.ward57.asset;
