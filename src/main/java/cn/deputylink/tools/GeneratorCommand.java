package cn.deputylink.tools;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --generate-city=huanggang} (or {@code --generate-city=small:<deputies>}) writes a
 * generated city into the configured database, prints progress lines and exits. Optional
 * {@code --generate-prefix=xx} changes the code prefix so a second city can be added.
 */
@Component
@Order(100)
public class GeneratorCommand implements ApplicationRunner {

    private final CityGenerator generator;
    private final ConfigurableApplicationContext context;

    public GeneratorCommand(CityGenerator generator, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("generate-city")) {
            return;
        }
        String what = args.getOptionValues("generate-city").get(0);
        String prefix = args.containsOption("generate-prefix") ? args.getOptionValues("generate-prefix").get(0) : "hg";
        CitySpec base = what.startsWith("small")
                ? CitySpec.small(prefix, Integer.parseInt(what.contains(":") ? what.substring(what.indexOf(':') + 1) : "300"))
                : CitySpec.huanggang();
        CitySpec spec = new CitySpec(prefix, base.cityName(), base.counties(), base.homes(), base.stations(),
                base.rooms(), base.groups(), base.deputies(), base.departments(), base.createUsers());
        System.out.println("[生成] 开始生成 " + spec);
        int code = 0;
        try {
            GenerationReport report = generator.generate(spec, System.out::println);
            System.out.println(report.summary());
        } catch (RuntimeException e) {
            System.err.println("[生成] 失败：" + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
