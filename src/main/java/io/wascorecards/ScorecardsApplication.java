package io.wascorecards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ScorecardsApplication {

	public static void main(String[] args) {
		SpringApplication.run(ScorecardsApplication.class, args);
	}

}
