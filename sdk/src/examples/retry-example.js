// Seed 001's "JavaScript Example with Error Handling and Retry", pasted as written. The only change is the
// import: the loopback client is the SDK's client pointed at the test server (see index.test.ts).
import { IntegrationServiceClient } from './loopback-client.js';

async function executeWithRetry() {
  const client = new IntegrationServiceClient({
    apiKey: 'your-api-key',
    baseUrl: 'https://api.example.com/api/v1'
  });
  
  const instanceId = 'int_inst_789012';
  const methodName = 'getUsers';
  const parameters = {
    page: 1,
    limit: 5
  };
  
  // Maximum number of retry attempts
  const maxRetries = 3;
  
  // Initial backoff delay in milliseconds
  let backoffDelay = 1000;
  
  for (let attempt = 1; attempt <= maxRetries + 1; attempt++) {
    try {
      const result = await client.executeIntegrationMethod(
        instanceId,
        methodName,
        { parameters }
      );
      
      console.log('Method execution successful:', result.data);
      return result.data;
    } catch (error) {
      // Check if the error is retryable
      if (
        attempt <= maxRetries && 
        (error.code === 'RATE_LIMIT_EXCEEDED' || 
         error.code === 'TIMEOUT_ERROR' ||
         error.code === 'TEMPORARY_ERROR')
      ) {
        console.log(`Attempt ${attempt} failed with error: ${error.message}`);
        console.log(`Retrying in ${backoffDelay}ms...`);
        
        // Wait for the backoff delay
        await new Promise(resolve => setTimeout(resolve, backoffDelay));
        
        // Exponential backoff with jitter
        backoffDelay = backoffDelay * 2 * (0.8 + Math.random() * 0.4);
      } else {
        // Non-retryable error or max retries exceeded
        console.error('Method execution failed:', error);
        throw error;
      }
    }
  }
}

executeWithRetry().catch(error => {
  console.error('All retry attempts failed:', error);
});
