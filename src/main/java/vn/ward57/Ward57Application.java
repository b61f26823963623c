package vn.ward57;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Ward57Application {

    public static void main(String[] args) {
        StopSignal.install();
        SpringApplication.run(Ward57Application.class, args);
    }
}
