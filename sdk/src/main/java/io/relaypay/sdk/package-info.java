/** The Relaypay merchant SDK. */
package io.relaypay.sdk;
