# Builds and runs the hub: docker compose up (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN mvn -B -q dependency:go-offline
COPY application.yaml ./
COPY routes routes
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app hub
WORKDIR /app
COPY --from=build /src/target/channel-hub-*.jar /app/channel-hub.jar
# routes/ on disk so they can be edited (mount a folder over it); the jar carries the same routes
COPY routes /app/routes
USER hub
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/channel-hub.jar"]
