/**
 * Customer feedback and complaints (客户反馈与投诉, CC-3.2, TC-4.2, TC-6.2): 客服部 records every customer contact
 * as a case; enquiries and suggestions are answered on the spot or by the department that knows; complaints are
 * investigated, handed to the responsible department with a time limit from {@code case-deadlines.dmn}, answered,
 * and closed with the customer's satisfaction and a case analysis; change requests are assessed and approved.
 */
package com.opsflow.customer;
