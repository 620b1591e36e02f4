from django.forms import BaseForm, BaseFormSet


class InvalidFormStatusMiddleware:
    """Answer a POST whose form did not validate with 400 instead of 200.

    Form views (ours and allauth's) re-render invalid forms with status 200; clients, tests
    and monitoring should see bad input as a 4xx. The page itself, with the typed values and
    the error summary, is unchanged.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        if request.method == "POST" and response.status_code == 200:
            context = response.context_data or {}
            for value in context.values():
                if (
                    isinstance(value, BaseForm | BaseFormSet)
                    and value.is_bound
                    and value.errors
                ):
                    response.status_code = 400
                    break
        return response
