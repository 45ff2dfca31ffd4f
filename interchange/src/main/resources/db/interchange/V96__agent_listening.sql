-- An agent is a route to its phone only while it is fetching its messages: each fetch records how
-- long the agent will be listening (its wait plus a grace for the next poll), so a stopped or
-- offline agent's phone gets its texts by SMS again.
ALTER TABLE agent_devices ADD COLUMN listening_until TIMESTAMP WITH TIME ZONE;
