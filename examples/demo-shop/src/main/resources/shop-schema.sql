-- The demo shop's tables, created on start (IF NOT EXISTS keeps an existing ./data database).
CREATE TABLE IF NOT EXISTS orders (
  id VARCHAR(40) PRIMARY KEY,
  sku VARCHAR(40) NOT NULL,
  product_name VARCHAR(200) NOT NULL,
  amount BIGINT NOT NULL CHECK (amount > 0),
  currency CHAR(3) NOT NULL,
  status VARCHAR(20) NOT NULL,
  payment_id VARCHAR(255),
  checkout_url VARCHAR(2000),
  note VARCHAR(500),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL);
CREATE INDEX IF NOT EXISTS orders_payment ON orders (payment_id);
CREATE TABLE IF NOT EXISTS order_history (
  seq BIGINT AUTO_INCREMENT PRIMARY KEY,
  order_id VARCHAR(40) NOT NULL REFERENCES orders (id),
  at TIMESTAMP WITH TIME ZONE NOT NULL,
  text VARCHAR(500) NOT NULL);
CREATE TABLE IF NOT EXISTS applied_events (
  event_id VARCHAR(255) PRIMARY KEY,
  type VARCHAR(100) NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL);

-- Where a paid physical order ships, as Relaypay reported it (added after the first release).
ALTER TABLE orders ADD COLUMN IF NOT EXISTS ship_to VARCHAR(500);
