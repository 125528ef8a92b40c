package io.wascorecards;

import io.wascorecards.cli.CommandLineApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ScorecardsApplication {

	public static void main(String[] args) {
		System.exit(CommandLineApplication.run(ScorecardsApplication.class, args));
	}

}
