package io.wascorecards.admin;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.util.AccessPattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the API's request bodies strictly: a boolean is {@code true} or {@code false},
 * never {@code 1} or {@code "true"}; a string is a JSON string, never a number; a member
 * is never {@code null}, nor an item of a list; a member appears once; a member the body
 * does not have is refused (so that a misspelt one, say {@code "connection"}, does not
 * quietly run every connection). Only for the request bodies of the API: every other JSON
 * (the actuator's, the answers) is read and written as Spring Boot configures it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiJsonConfiguration implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConverters((converter) -> {
			if (converter instanceof JacksonJsonHttpMessageConverter json) {
				JsonMapper strict = strict(json.getMapper());
				json.registerMappersForType(RunsRequest.class,
						(mappers) -> mappers.put(MediaType.APPLICATION_JSON, strict));
			}
		});
	}

	static JsonMapper strict(JsonMapper mapper) {
		return mapper.rebuild()
			.withCoercionConfig(LogicalType.Boolean,
					(booleans) -> booleans.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					(texts) -> texts.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.addModule(new SimpleModule("no-nulls").setDeserializerModifier(new NoNulls()))
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
	}

	/**
	 * Refuses {@code null} for any member or item, while an absent member keeps its
	 * default ({@code Nulls.FAIL} cannot tell them apart for a record: it refuses both).
	 */
	private static final class NoNulls extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return new NotNull(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return new NotNull(deserializer);
		}

	}

	private static final class NotNull extends DelegatingDeserializer {

		NotNull(ValueDeserializer<?> deserializer) {
			super(deserializer);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> deserializer) {
			return new NotNull(deserializer);
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			throw InvalidNullException.from(context, null, context.constructType(handledType()));
		}

		@Override
		public AccessPattern getNullAccessPattern() {
			return AccessPattern.DYNAMIC;
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return this._delegatee.getAbsentValue(context);
		}

	}

}
